package dearrep.cli;

import dearrep.geocode.AddressMatch;
import dearrep.lookup.AddressAnswer;
import dearrep.lookup.AddressLookup;
import dearrep.model.ExitCode;
import dearrep.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints an address lookup: the matched address, the lines it was placed on and the city, then
 * every level as for a point; without a match, the one-line problem on standard error and what the
 * ZIP code in the address places.
 */
final class AddressView {

  private final Output output;
  private final boolean json;

  AddressView(Output output, boolean json) {
    this.output = output;
    this.json = json;
  }

  /** Prints the answer and returns the exit code. */
  int print(AddressAnswer answer, Session session) {
    List<Person> numbered = new ArrayList<>();
    String body =
        answer
            .coverage()
            .map(c -> new CoverageView(output.style(), output.width()).render(c, numbered))
            .orElse("");
    session.remember(numbered);
    if (json) {
      output.json(json(answer));
    } else {
      StringBuilder s = new StringBuilder();
      answer.match().ifPresent(m -> s.append(header(m)));
      s.append(body);
      output.print(s.toString());
    }
    if (!answer.problem().isEmpty()) {
      output.err().println(output.style().error("dearrep: " + answer.problem()));
      output.err().flush();
    }
    answer.coverage().ifPresent(c -> c.notices().forEach(output::notice));
    ExitCode exit =
        switch (answer.status()) {
          case MATCHED -> ExitCode.OK;
          case NO_MATCH -> ExitCode.NOT_FOUND;
          case UNREACHABLE -> ExitCode.FAILURE;
          case OFFLINE -> answer.coverage().isPresent() ? ExitCode.OK : ExitCode.BAD_INPUT;
        };
    return exit.code();
  }

  private String header(AddressMatch m) {
    Style style = output.style();
    StringBuilder s = new StringBuilder();
    s.append("address matched by the U.S. Census Geocoder: ")
        .append(style.title(m.matchedAddress()))
        .append('\n');
    s.append("lines: ").append(AddressLookup.lines(m)).append('\n');
    s.append("city: ").append(city(m)).append("\n\n");
    return s.toString();
  }

  /** The incorporated place the address is in, or why it is not known. */
  private static String city(AddressMatch m) {
    var layer = m.layer(AddressMatch.INCORPORATED_PLACES);
    var place = m.area(AddressMatch.INCORPORATED_PLACES);
    if (place.isPresent()) {
      return place.get().basename() + " (the incorporated place the address is in)";
    }
    if (layer.isPresent() && !layer.get().failed()) {
      return "none: the address is in no incorporated city";
    }
    return "not known (the Census Geocoder did not say); postal city " + m.postalCity();
  }

  private static Map<String, Object> json(AddressAnswer answer) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", answer.status());
    root.put("query", answer.address());
    answer
        .match()
        .ifPresent(
            m -> {
              Map<String, Object> match = new LinkedHashMap<>();
              match.put("matchedAddress", m.matchedAddress());
              match.put("lat", m.point().lat());
              match.put("lon", m.point().lon());
              match.put("vintage", m.vintage());
              match.put("lines", AddressLookup.lines(m));
              match.put(
                  "failedLayers",
                  m.layers().stream()
                      .filter(AddressMatch.Layer::failed)
                      .map(AddressMatch.Layer::name)
                      .toList());
              root.put("match", match);
            });
    answer
        .coverage()
        .ifPresent(
            c -> {
              root.put("place", c.place());
              root.put("seats", c.seats());
              root.put("notices", c.notices());
            });
    if (!answer.problem().isEmpty()) {
      root.put("problem", answer.problem());
    }
    return root;
  }
}
