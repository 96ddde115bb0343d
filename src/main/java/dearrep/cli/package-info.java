/**
 * The picocli commands: each parses its options, asks the feature packages, and prints to the
 * command spec's streams. Nothing else in the program imports this package.
 *
 * <p>{@link dearrep.cli.Main} is the entry point; failures become one line on standard error and a
 * documented exit code in one handler. Views ({@code RepresentationView}, {@code PersonView}) and
 * their JSON forms render answers; {@link dearrep.cli.Session} holds what one process (or one shell
 * session) shares between commands. Those two and {@link dearrep.cli.Training} (run by the launcher
 * to record the class-data archive) are the only public types; the commands, mixins and views are
 * package-private, created by picocli through the session's factory.
 */
package dearrep.cli;
