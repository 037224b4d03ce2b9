package org.policyscore.published;

/**
 * A document a source says it assessed, as SOURCE.md lists it under "Documents assessed".
 *
 * @param address where it was, a URL or words ("not found", "PDF given by the company")
 * @param seen when the source looked at it, as the source says it ("November 2021")
 */
public record AssessedDocument(String company, String document, String language, String address, String seen) {}
