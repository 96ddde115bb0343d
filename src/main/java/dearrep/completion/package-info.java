/**
 * Shell completion scripts for bash, zsh and fish, generated from picocli's model of the commands.
 * {@link dearrep.completion.CompletionScripts} renders a script; the words that depend on the data
 * (topic ids, state codes) are written into it, and the ones that are too many to list (district
 * short forms, people's names) are asked of {@code dearrep complete KIND PREFIX} as the user types.
 */
package dearrep.completion;
