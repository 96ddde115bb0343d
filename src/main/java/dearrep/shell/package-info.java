/**
 * The interactive shell: JLine line editing, history and completion around the same picocli command
 * line the one-shot tool runs, plus the guided letter that asks for missing fields.
 *
 * <p>The public face is {@link dearrep.shell.Shell}; completion vocabulary, prompts and wrapping
 * are package-private. The shell never imports the command classes: it is handed the command line
 * to run.
 */
package dearrep.shell;
