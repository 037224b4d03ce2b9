package org.policyscore.study;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.policyscore.catalog.CompanyType;

/**
 * A company a study scores.
 *
 * @param id folder name in the archive and the key in answers.csv, e.g. {@code smart}
 * @param name display name, e.g. "Smart Axiata"
 * @param nameKm display name in Khmer, when charts are drawn in Khmer
 * @param legalName e.g. "Smart Axiata Co., Ltd."
 * @param homePage where {@code discover} starts looking for the company's policies; a study of
 *     published scores only need not give one
 */
public record Company(
    String id,
    String name,
    Optional<String> nameKm,
    String legalName,
    CompanyType type,
    Optional<URI> homePage,
    List<PolicyDocument> documents) {

  public Company {
    documents = List.copyOf(documents);
  }

  public Company(String id, String name, Optional<String> nameKm, String legalName, CompanyType type, URI homePage,
      List<PolicyDocument> documents) {
    this(id, name, nameKm, legalName, type, Optional.of(homePage), documents);
  }

  public Optional<PolicyDocument> document(String documentId) {
    return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
  }
}
