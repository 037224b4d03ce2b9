package org.policyscore.study;

import java.util.List;
import java.util.Optional;

/**
 * A policy a company publishes, e.g. Smart's privacy notice, in each language it exists in.
 *
 * @param id folder name in the archive, unique within the company, e.g. {@code privacy}
 * @param kind what sort of policy it is, e.g. {@code terms} or {@code privacy}
 * @param title how people call it, e.g. "Privacy Notice"
 * @param services ids of the study's services this document covers
 */
public record PolicyDocument(
    String id, String kind, String title, List<String> services, List<DocumentVersion> versions) {

  public PolicyDocument {
    services = List.copyOf(services);
    versions = List.copyOf(versions);
  }

  public Optional<DocumentVersion> version(String lang) {
    return versions.stream().filter(v -> v.lang().equals(lang)).findFirst();
  }
}
