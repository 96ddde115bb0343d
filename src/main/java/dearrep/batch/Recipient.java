package dearrep.batch;

import dearrep.model.Person;
import dearrep.model.Role;

/**
 * One official a row writes to.
 *
 * @param person the official
 * @param role the role by which they represent the row's place
 * @param basis how they were found, for the manifest ("district CA-AD25", "zip 95113, every
 *     candidate")
 */
record Recipient(Person person, Role role, String basis) {}
