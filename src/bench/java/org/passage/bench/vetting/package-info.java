/**
 * {@code passage eval vetting}: Passage's own applicant set (written from public documentation, with the red flags a
 * correct vetting raises and why) entered as an analyst would, through the vetting page's desk, and measured.
 */
@NullMarked
package org.passage.bench.vetting;

import org.jspecify.annotations.NullMarked;
