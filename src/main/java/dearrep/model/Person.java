package dearrep.model;

import java.util.List;
import java.util.Map;

/**
 * An official with their current roles and every way to reach them.
 *
 * @param id {@code ocd-person/<uuid>} for Open States people, {@code bioguide:<id>} for members of
 *     Congress, a derived stable id for other sources
 * @param name display name ("Ash Kalra")
 * @param givenName given name, or null
 * @param familyName family name, used in salutations ("Kalra")
 * @param party current party, or null
 * @param email e-mail address, or null
 * @param contactForm URL of a web contact form, or null
 * @param roles current roles; the first is the primary one
 * @param offices offices in upstream order
 * @param links web sites, official first
 * @param social social-media accounts
 * @param committees committee memberships
 * @param firstServed earliest start date of any role in the record (the "first elected" line)
 * @param ids other identifiers by scheme ("bioguide", "legacy_openstates")
 * @param sources upstream source URLs
 * @param provenance dataset and snapshot the record came from
 * @param pastRoles earlier roles in the record (ended before the snapshot), newest first: history
 *     for the contact card, never used to place the person in a division
 */
public record Person(
    String id,
    String name,
    String givenName,
    String familyName,
    String party,
    String email,
    String contactForm,
    List<Role> roles,
    List<Office> offices,
    List<String> links,
    Social social,
    List<CommitteeSeat> committees,
    String firstServed,
    Map<String, String> ids,
    List<String> sources,
    Provenance provenance,
    List<Role> pastRoles) {

  /** The same person with other current roles (today's rule keeps some, drops others). */
  public Person withRoles(List<Role> current) {
    return new Person(
        id,
        name,
        givenName,
        familyName,
        party,
        email,
        contactForm,
        current,
        offices,
        links,
        social,
        committees,
        firstServed,
        ids,
        sources,
        provenance,
        pastRoles);
  }

  public Person {
    pastRoles = pastRoles == null ? List.of() : List.copyOf(pastRoles);
    name = Printable.line(name);
    givenName = Printable.line(givenName);
    familyName = Printable.line(familyName);
    roles = roles == null ? List.of() : List.copyOf(roles);
    offices = offices == null ? List.of() : List.copyOf(offices);
    links = links == null ? List.of() : List.copyOf(links);
    social = social == null ? Social.NONE : social;
    committees = committees == null ? List.of() : List.copyOf(committees);
    ids = ids == null ? Map.of() : Map.copyOf(ids);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** The primary current role. */
  public Role primaryRole() {
    if (roles.isEmpty()) {
      throw new IllegalStateException("person " + id + " has no current role");
    }
    return roles.get(0);
  }
}
