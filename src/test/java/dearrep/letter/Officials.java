package dearrep.letter;

import dearrep.lookup.Directory;
import dearrep.model.Person;

/** Real officials read from the bundled data, which the importers generate from upstream. */
final class Officials {

  private static final Directory BUNDLE = Directory.bundled();

  private Officials() {}

  static Person kalra() {
    return person("ocd-person/820619fd-d053-4915-b099-1d134a880228");
  }

  static Person padilla() {
    return person("bioguide:P000145");
  }

  static Person mahan() {
    return person("ocd-person/bc1523dd-3485-408d-9918-27def331b652");
  }

  private static Person person(String id) {
    return BUNDLE.person(id).orElseThrow(() -> new AssertionError("bundle lacks " + id));
  }
}
