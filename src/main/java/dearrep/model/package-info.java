/**
 * The records every other package speaks in: people, their roles and offices, divisions, chambers,
 * vacancies, and where each record came from.
 *
 * <p>The public face is the records themselves ({@link dearrep.model.Person}, {@link
 * dearrep.model.Role}, {@link dearrep.model.Office}, {@link dearrep.model.Division}, {@link
 * dearrep.model.Chamber}, {@link dearrep.model.Vacancy}, {@link dearrep.model.StateBundle}, {@link
 * dearrep.model.Provenance}, {@link dearrep.model.Dataset}), the closed sets {@link
 * dearrep.model.Level}, name folding for matching and the one slug rule for file names and ids
 * ({@link dearrep.model.Names}) and the one failure type ({@link dearrep.model.DearrepException})
 * with the table of exit codes it maps onto ({@link dearrep.model.ExitCode}), and work started
 * early on a second thread ({@link dearrep.model.Background}). The model knows nothing of files,
 * terminals or picocli.
 */
package dearrep.model;
