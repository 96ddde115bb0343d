/**
 * Organizer batches: a CSV of supporters in; one letter per supporter and recipient, {@code
 * manifest.csv}, {@code errors.csv} and {@code summary.json} out.
 *
 * <p>The public face: {@link dearrep.batch.BatchRun} runs a batch with {@link
 * dearrep.batch.BatchOptions} and returns a {@link dearrep.batch.BatchSummary}; {@link
 * dearrep.batch.BatchLetters} is what it needs from the letter package ({@link
 * dearrep.batch.RenderedLetters} is the real one); {@link dearrep.batch.BatchProgress} hears how
 * far it got. Column matching, recipient finding, file names, reports, resume and packets are
 * package-private machinery.
 */
package dearrep.batch;
