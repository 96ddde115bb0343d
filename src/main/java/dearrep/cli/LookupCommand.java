package dearrep.cli;

import dearrep.geo.Coordinates;
import dearrep.geocode.AddressText;
import dearrep.lookup.AddressAnswer;
import dearrep.lookup.Coverage;
import dearrep.lookup.DistrictQuery;
import dearrep.lookup.Freshness;
import dearrep.lookup.Lookup;
import dearrep.lookup.Representation;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import dearrep.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** {@code dearrep lookup}: who represents a district, a ZIP code, a point, or who has a name. */
final class LookupCommand implements Callable<Integer> {

  private static final String[] DESCRIPTION = {
    "Who represents a district, or find officials by name.",
    // how --address works, here rather than under Examples, where every line is an example
    "",
    "An address is sent to the U.S. Census Geocoder (geocoding.geo.census.gov: online, free, no"
        + " key), and only the address. Through 2027-01-03 dearrep asks for the lines the members serving"
        + " now were elected on (vintage ACS2025_Current: 119th Congress, 2024 state legislative"
        + " districts); after that day, for the current ones (Current_Current). --offline or"
        + " DEARREP_OFFLINE=1 forbid it: the ZIP code in the address is placed offline instead."
  };

  private static final String[] EXAMPLES = {
    "  dearrep lookup CA-AD25          California Assembly District 25",
    "  dearrep lookup CA-SD15          California State Senate District 15",
    "  dearrep lookup CA-16            U.S. House, California's 16th district (also CA-CD16)",
    "  dearrep lookup WY-AL            an at-large House seat",
    "  dearrep lookup CA               statewide: U.S. senators, governor, other officers",
    "  dearrep lookup 'MA-HD\"7th Hampden\"'",
    "  dearrep lookup --state MA --chamber lower --district \"7th Hampden\"",
    "  dearrep lookup NE-LD5           Nebraska's unicameral Legislature",
    "  dearrep lookup ocd-division/country:us/state:ca/sldl:25",
    "  dearrep lookup san-jose-2       a city council district",
    "  dearrep lookup --name kalra     find people by name (accents and case ignored)",
    "  dearrep lookup --zip 95113      everyone for a ZIP code (also: dearrep lookup 95113)",
    "  dearrep lookup --lat 37.3337 --lon -121.8907",
    "  dearrep lookup --address \"200 E Santa Clara St, San Jose, CA 95113\"",
    "  dearrep lookup \"200 E Santa Clara St, San Jose, CA 95113\"   (the same: a street address)"
  };

  CommandSpec spec;
  final SharedOptions options = new SharedOptions();
  final NetworkOptions network = new NetworkOptions();

  String query;
  String name;
  String zip;
  String lat;
  String lon;
  String address;
  Parts parts;

  /** A district given by its parts: state, chamber and district. */
  record Parts(String state, String chamber, String district) {}

  private final Session session;

  public LookupCommand(Session session) {
    this.session = session;
  }

  /**
   * The command's picocli model, built in code rather than read from annotations, so that a cold
   * {@code dearrep lookup} reads no annotation at all (see {@link SharedOptions}). Help lists the
   * options in the order they are added here.
   */
  static CommandSpec spec(LookupCommand command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("lookup");
    spec.usageMessage()
        .description(DESCRIPTION)
        .sortOptions(false)
        .footerHeading("%nExamples:%n")
        .footer(EXAMPLES);
    spec.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .arity("0..1")
            .paramLabel("QUERY")
            .description("A district (CA-AD25, CA-SD15, CA-16, WY-AL, CA, an OCD id, san-jose-2).")
            .build());
    spec.addOption(valued("--name", "TEXT", "Find officials whose name contains TEXT."));
    spec.addOption(
        valued(
            "--zip", "ZIP", "Everyone who represents a ZIP code, at every level (ZIP+4 is fine)."));
    spec.addOption(valued("--lat", "LAT", "Latitude of a point (with --lon), e.g. 37.3337."));
    spec.addOption(valued("--lon", "LON", "Longitude of a point (with --lat), e.g. -121.8907."));
    spec.addOption(
        valued(
            "--address",
            "ADDRESS",
            "Everyone who represents a street address, at every level, and its city's mayor:"
                + " sent to the U.S. Census Geocoder (online). A quoted QUERY that reads as a"
                + " street address does the same."));
    // the shared options after the command's own, as Main adds them to every other command
    spec.addMixin("options", command.options.mixin());
    spec.addMixin("network", command.network.mixin());
    spec.addArgGroup(
        ArgGroupSpec.builder()
            .exclusive(false)
            .multiplicity("0..1")
            .heading("%nDistrict by parts:%n")
            .addArg(part("--state", "ST", "Two-letter state code."))
            .addArg(
                part(
                    "--chamber",
                    "CHAMBER",
                    "lower, upper or unicameral (also: assembly, house, senate, legislature)."))
            .addArg(part("--district", "NAME", "District name or number."))
            .build());
    command.spec = spec;
    return spec;
  }

  private static OptionSpec valued(String name, String label, String description) {
    return option(name, label, description).build();
  }

  /** One of the three parts of a district, which are given together or not at all. */
  private static OptionSpec part(String name, String label, String description) {
    return option(name, label, description).required(true).build();
  }

  private static OptionSpec.Builder option(String name, String label, String description) {
    return OptionSpec.builder(name).type(String.class).paramLabel(label).description(description);
  }

  /** Takes this run's values from what picocli matched (nothing carries over in the shell). */
  private void read(ParseResult parsed) {
    query = parsed.matchedPositionalValue(0, null);
    name = parsed.matchedOptionValue("--name", null);
    zip = parsed.matchedOptionValue("--zip", null);
    lat = parsed.matchedOptionValue("--lat", null);
    lon = parsed.matchedOptionValue("--lon", null);
    address = parsed.matchedOptionValue("--address", null);
    parts =
        parsed.hasMatchedOption("--state")
            ? new Parts(
                parsed.matchedOptionValue("--state", null),
                parsed.matchedOptionValue("--chamber", null),
                parsed.matchedOptionValue("--district", null))
            : null;
  }

  @Override
  public Integer call() {
    read(spec.commandLine().getParseResult());
    Output output = new Output(spec, options);
    Answer answer = answer();
    if (answer instanceof People p) {
      return new PeopleView(output, options.json()).print(p.people(), p.what(), session, today());
    }
    if (answer instanceof Place p) {
      return printCoverage(output, p.coverage());
    }
    if (answer instanceof Address a) {
      return new AddressView(output, options.json()).print(a.answer(), session);
    }
    District d = (District) answer;
    Representation rep = d.representation();
    session.remember(rep.members().stream().map(Representation.Member::person).toList());
    LocalDate today = today();
    java.util.function.Supplier<java.util.List<dearrep.model.Dataset>> datasets =
        () -> session.lookup(options.dataDir()).directory().datasets();
    if (options.json()) {
      output.json(RepresentationJson.of(d.query(), rep, today, datasets));
    } else {
      output.print(new RepresentationView(output.style(), output.width()).render(rep, today));
      FreshnessLines.print(output, Freshness.of(rep, today, datasets), false);
    }
    return (rep.members().isEmpty() && rep.vacancies().isEmpty() ? ExitCode.NOT_FOUND : ExitCode.OK)
        .code();
  }

  /** What a lookup found: people by name or id, everyone for a place, or a district's seats. */
  sealed interface Answer permits People, Place, District, Address {}

  record People(List<Person> people, String what) implements Answer {}

  record Place(Coverage coverage) implements Answer {}

  record District(String query, Representation representation) implements Answer {}

  record Address(AddressAnswer answer) implements Answer {}

  /** The data work of the query, nothing printed. */
  Answer answer() {
    Lookup lookup = session.lookup(options.dataDir());
    if (address != null || (parts == null && AddressText.looksLikeStreetAddress(query))) {
      return new Address(addressQuery());
    }
    if (name != null) {
      if (query != null || parts != null) {
        throw DearrepException.badInput("give either a district or --name, not both");
      }
      return new People(lookup.byName(name), "name '" + name + "'");
    }
    if (zip != null || lat != null || lon != null) {
      return new Place(placeQuery());
    }
    DistrictQuery q = parts != null ? fromParts() : DistrictQuery.parse(requireQuery());
    if (q instanceof DistrictQuery.Zip z) {
      return new Place(session.places(options.dataDir()).byZip(z.zip()));
    }
    if (q instanceof DistrictQuery.PersonId id) {
      return new People(List.of(lookup.person(id.id())), id.id());
    }
    return new District(query == null ? q.toString() : query, lookup.find(q));
  }

  /**
   * The same lookup read from a plain command line ({@code lookup QUERY}, {@code --name TEXT},
   * {@code --zip ZIP}, {@code --lat LAT --lon LON}, with {@code --json} or {@code --no-color}),
   * without picocli; empty for any other form. {@link Main} answers it on a second thread while
   * picocli builds its model, so the data is loaded by the time the command runs.
   */
  static Optional<LookupCommand> plain(Session session, String... args) {
    if (args.length < 2 || !args[0].equals("lookup")) {
      return Optional.empty();
    }
    LookupCommand c = new LookupCommand(session);
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      boolean valued = List.of("--name", "--zip", "--lat", "--lon").contains(arg);
      if (valued && i + 1 == args.length) {
        return Optional.empty();
      }
      switch (arg) {
        case "--json", "--no-color" -> {}
        case "--name" -> c.name = args[++i];
        case "--zip" -> c.zip = args[++i];
        case "--lat" -> c.lat = args[++i];
        case "--lon" -> c.lon = args[++i];
        default -> {
          // an address goes online: only the command itself may send it, once
          if (arg.startsWith("-") || c.query != null || AddressText.looksLikeStreetAddress(arg)) {
            return Optional.empty();
          }
          c.query = arg;
        }
      }
    }
    return Optional.of(c);
  }

  private AddressAnswer addressQuery() {
    String text = address != null ? address : query;
    if (address != null && query != null) {
      throw DearrepException.badInput("give the address once: either --address or as the query");
    }
    if (name != null || zip != null || lat != null || lon != null || parts != null) {
      throw DearrepException.badInput(
          "give either an address or --zip / --lat --lon / --name / a district, not both");
    }
    boolean offline = network.offline();
    return session.addresses(options.dataDir(), offline).find(text);
  }

  private Coverage placeQuery() {
    if (query != null || parts != null) {
      throw DearrepException.badInput("give either a district or --zip / --lat --lon, not both");
    }
    if (zip != null) {
      if (lat != null || lon != null) {
        throw DearrepException.badInput("give either --zip or --lat/--lon, not both");
      }
      return session.places(options.dataDir()).byZip(zip);
    }
    if (lat == null || lon == null) {
      throw DearrepException.badInput(
          "a point needs both --lat and --lon, e.g. --lat 37.3337 --lon -121.8907");
    }
    return session.places(options.dataDir()).byPoint(Coordinates.parse(lat, lon));
  }

  private int printCoverage(Output output, Coverage coverage) {
    List<Person> numbered = new ArrayList<>();
    String text = new CoverageView(output.style(), output.width()).render(coverage, numbered);
    session.remember(numbered);
    Freshness fresh = Freshness.of(FreshnessLines.members(coverage), today());
    if (options.json()) {
      output.json(FreshnessLines.withFreshness(coverage, fresh));
    } else {
      output.print(text);
      FreshnessLines.print(output, fresh, true);
    }
    coverage.notices().forEach(output::notice);
    return ExitCode.OK.code();
  }

  private LocalDate today() {
    return session.lookup(options.dataDir()).directory().current().today();
  }

  private String requireQuery() {
    if (query == null) {
      throw DearrepException.badInput(
          "nothing to look up: give a district (e.g. CA-AD25), --name TEXT, or --state/--chamber/--district");
    }
    return query;
  }

  private DistrictQuery fromParts() {
    if (query != null) {
      throw DearrepException.badInput(
          "give either a district or --state/--chamber/--district, not both");
    }
    String st = parts.state().strip().toUpperCase(java.util.Locale.ROOT);
    String chamber =
        switch (parts.chamber().strip().toLowerCase(java.util.Locale.ROOT)) {
          case "lower", "house", "assembly", "hd", "ad" -> "lower";
          case "upper", "senate", "sd" -> "upper";
          case "unicameral", "legislature", "council", "ld" -> "unicameral";
          default ->
              throw DearrepException.badInput(
                  "unknown chamber '" + parts.chamber() + "': use lower, upper or unicameral");
        };
    return new DistrictQuery.Legislative(st, chamber, parts.district().strip());
  }
}
