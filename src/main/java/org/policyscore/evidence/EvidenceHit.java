package org.policyscore.evidence;

/**
 * A sentence of a text version that matched cues of an element. {@code quote} is exactly
 * {@code text.substring(start, end)} of the text version, so anyone can check it.
 *
 * @param cue the first cue of the element that matched (for explaining the hit)
 * @param cueCount how many distinct cues of the element matched this sentence
 * @param weight how specific the sentence is as evidence, for ranking quotes: higher is
 *     better (see {@link EvidenceFinder})
 */
public record EvidenceHit(
    String elementId,
    String documentId,
    String lang,
    String snapshotSha,
    int start,
    int end,
    String quote,
    String cue,
    int cueCount,
    int weight) {}
