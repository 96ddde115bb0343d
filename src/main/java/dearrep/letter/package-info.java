/**
 * Letters and call scripts: topics, forms of address, templates and the renderers per format.
 *
 * <p>The public face: a {@link dearrep.letter.LetterRequest} (recipient, {@link
 * dearrep.letter.Topic} from the {@link dearrep.letter.TopicCatalog}, {@link
 * dearrep.letter.Position}, {@link dearrep.letter.Sender}) becomes a {@link dearrep.letter.Letter}
 * addressed by {@link dearrep.letter.FormOfAddress}; {@link dearrep.letter.LetterRenderer} writes
 * it in any {@link dearrep.letter.Format} ({@link dearrep.letter.PdfLetterWriter} for many PDF
 * letters into one file); {@link dearrep.letter.LetterOutput} plans where {@code letter -o} puts
 * letters and is the one rule for naming letter files; {@link dearrep.letter.CallScript} is the
 * spoken version. The saved sender profile is {@link dearrep.letter.ProfileStore}. A writer's words
 * are inserted as text, never evaluated as template code.
 */
package dearrep.letter;
