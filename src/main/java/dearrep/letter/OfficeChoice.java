package dearrep.letter;

import dearrep.model.Office;
import dearrep.model.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which office a postal letter goes to. District offices are the default: mail to state capitols
 * and to Washington is screened and slow.
 */
public enum OfficeChoice {
  DISTRICT,
  CAPITOL;

  /**
   * The office to mail: the preferred kind with an address, else a primary office, else any office
   * with an address.
   */
  public Optional<Office> pick(Person person) {
    return pick(person, null);
  }

  /**
   * As {@link #pick(Person)}, and among several offices of the best kind (a senator's district
   * offices) the one nearest the writer's ZIP code.
   */
  public Optional<Office> pick(Person person, String writerZip) {
    List<Office> offices = withAddress(person);
    int best = offices.stream().mapToInt(o -> rank(o, this)).min().orElse(Integer.MAX_VALUE);
    List<Office> candidates = offices.stream().filter(o -> rank(o, this) == best).toList();
    return candidates.isEmpty()
        ? Optional.empty()
        : Optional.of(NearestOffice.among(candidates, writerZip));
  }

  /**
   * Offices to call, in order: district offices first, then the capitol, then the rest, each with a
   * phone number.
   */
  public static List<Office> forCalls(Person person) {
    return forCalls(person, java.util.Optional.empty());
  }

  /**
   * As {@link #forCalls(Person)}, with the district offices nearest the caller's ZIP code first (a
   * San José caller reaches Senator Padilla's San Francisco office, not Fresno).
   */
  public static List<Office> forCalls(Person person, String callerZip) {
    return forCalls(person, NearestOffice.pointOf(callerZip));
  }

  /** As {@link #forCalls(Person)}, with the district offices nearest {@code from} first. */
  public static List<Office> forCalls(
      Person person, java.util.Optional<dearrep.geo.Coordinates> from) {
    List<Office> out = new ArrayList<>();
    for (Office o : person.offices()) {
      if (o.voice() != null && !o.voice().isBlank()) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparingInt(o -> rank(o, DISTRICT)));
    return NearestOffice.districtNearestFirst(List.copyOf(out), from);
  }

  private static List<Office> withAddress(Person person) {
    return person.offices().stream()
        .filter(o -> o.address() != null && !o.address().isBlank())
        .toList();
  }

  private static int rank(Office o, OfficeChoice preferred) {
    boolean wanted = preferred == DISTRICT ? o.isDistrict() : o.isCapitol();
    boolean other = preferred == DISTRICT ? o.isCapitol() : o.isDistrict();
    boolean mail = o.classification() != null && o.classification().endsWith("-mail");
    if (wanted) {
      return mail ? 1 : 0;
    }
    if ("primary".equals(o.classification())) {
      return 2;
    }
    return other ? (mail ? 4 : 3) : 5;
  }
}
