package dearrep.cli;

import dearrep.model.CommitteeSeat;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.Social;
import java.util.List;
import java.util.Locale;

/** Human views of people: a brief entry for lists and the full contact card. */
final class PersonView {

  private final Style style;
  private final int width;

  PersonView(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  /** "Assemblymember, California State Assembly, District 25". */
  static String office(Role role) {
    StringBuilder s = new StringBuilder(role.title());
    if (role.body() != null && !role.body().isBlank()) {
      s.append(", ").append(role.body());
    }
    if (role.district() != null && !role.district().isBlank()) {
      String d = role.district();
      if (d.equalsIgnoreCase("at-large")) {
        s.append(", at-large");
      } else if (d.matches("\\d+")) {
        s.append(", District ").append(d);
      } else {
        s.append(", ").append(d);
      }
    }
    return s.toString();
  }

  /** A list entry: name, office, party, offices with phones, email, website. */
  String brief(String number, Person p, Role role) {
    String head = number == null ? "" : number + ". ";
    TextBlock b = new TextBlock(style, width, "  " + " ".repeat(head.length()), 16);
    StringBuilder out =
        new StringBuilder("  ").append(head).append(style.name(p.name())).append('\n');
    b.field("Role", office(role) + (p.party() == null ? "" : " · " + p.party()), style::title);
    role.endedNote().ifPresent(note -> b.field("", note, style::warn));
    offices(b, p.offices(), role.isCongress());
    contact(b, p);
    b.field("Id", p.id(), style::label);
    return out.append(b).toString();
  }

  /** The full contact card. */
  String card(Person p) {
    TextBlock b = new TextBlock(style, width, "", 18);
    b.line(style.name(p.name()));
    for (Role r : p.roles()) {
      b.field("Role", office(r), style::title);
      r.endedNote().ifPresent(note -> b.field("", note, style::warn));
    }
    for (Role r : p.pastRoles()) {
      b.field("Earlier role", office(r) + " (" + RoleDates.span(r) + ")");
    }
    b.field("State", p.roles().isEmpty() ? null : p.primaryRole().state());
    b.field("Party", p.party());
    if (!p.roles().isEmpty()) {
      Role r = p.primaryRole();
      b.field("In office since", RoleDates.since(p, r));
      b.field(r.termEnded() ? "Term ended" : "Term ends", r.endDate());
    }
    b.field("First took office", p.firstServed());
    b.blank();
    offices(b, p.offices(), !p.roles().isEmpty() && p.primaryRole().isCongress());
    contact(b, p);
    Social s = p.social();
    b.field("Twitter", s.twitter() == null ? null : "@" + s.twitter());
    b.field("Facebook", s.facebook());
    b.field("Instagram", s.instagram());
    b.field("YouTube", s.youtube());
    if (!p.committees().isEmpty()) {
      b.blank().line(style.label("Committees"));
      for (CommitteeSeat c : p.committees()) {
        String role = c.role() == null || c.role().equals("member") ? "" : " (" + c.role() + ")";
        b.line("  " + c.committee() + role);
      }
    }
    b.blank();
    b.field("Id", p.id());
    if (p.provenance() != null) {
      b.field(
          "Source", p.provenance().dataset() + ", snapshot of " + p.provenance().snapshotDate());
    }
    for (String url : p.sources().stream().limit(3).toList()) {
      b.field("Source page", url);
    }
    return b.toString();
  }

  private void offices(TextBlock b, List<Office> offices, boolean congress) {
    for (Office o : offices) {
      String label = officeLabel(o, congress);
      // the data keeps upstream's ";" line ends for envelopes; a card shows the address on one line
      String address = o.address() == null ? null : o.address().replace("; ", ", ");
      b.field(label, o.name() == null ? address : o.name() + ": " + address);
      if (o.voice() != null) {
        b.field("", o.voice(), style::phone);
      }
      if (o.fax() != null) {
        b.field("", "fax " + o.fax());
      }
    }
  }

  private void contact(TextBlock b, Person p) {
    boolean reachable =
        p.email() != null
            || !p.links().isEmpty()
            || p.offices().stream().anyMatch(o -> o.address() != null || o.voice() != null);
    if (!reachable) {
      b.field("Contact", "No office, phone or web site in the source data", style::warn);
    }
    b.field("Email", p.email());
    if (p.email() == null) {
      b.field("Contact form", p.contactForm());
    }
    for (String link : p.links()) {
      b.field("Website", link);
    }
  }

  static String officeLabel(Office o, boolean congress) {
    String kind =
        o.classification() == null ? "office" : o.classification().toLowerCase(Locale.ROOT);
    String base =
        switch (kind) {
          case "capitol" -> congress ? "D.C. office" : "Capitol office";
          case "capitol-mail" -> "Capitol mail";
          case "district" -> "District office";
          case "district-mail" -> "District mail";
          case "primary" -> "Office";
          default -> Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " office";
        };
    return base;
  }
}
