package org.policyscore.evidence;

/**
 * A text version to look for evidence in.
 *
 * @param documentId the study's id of the document (e.g. {@code privacy})
 * @param kind the document's kind (e.g. {@code privacy}, {@code terms}), which decides the
 *     indicators it counts for
 * @param lang the language of the version ({@code en}, {@code km}), which picks the cues
 * @param snapshotSha the SHA-256 of the snapshot the text was extracted from
 * @param text the text version's text; hit offsets are offsets into it
 */
public record EvidenceSource(
    String documentId, String kind, String lang, String snapshotSha, String text) {}
