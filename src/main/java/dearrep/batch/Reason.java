package dearrep.batch;

/** Why a row failed: the stable code written to {@code errors.csv} and {@code summary.json}. */
enum Reason {
  MISSING_NAME("missing-name"),
  MISSING_RECIPIENT("missing-recipient"),
  BAD_DISTRICT("bad-district"),
  UNKNOWN_DISTRICT("unknown-district"),
  UNKNOWN_PERSON("unknown-person"),
  ZIP_NOT_FOUND("zip-not-found"),
  AMBIGUOUS_ZIP("ambiguous-zip"),
  BAD_COORDINATES("bad-coordinates"),
  NO_RECIPIENTS("no-recipients"),
  MISSING_EMAIL("missing-email"),
  MISSING_TOPIC("missing-topic"),
  UNKNOWN_TOPIC("unknown-topic"),
  BAD_POSITION("bad-position"),
  BAD_LANGUAGE("bad-language"),
  FIELD_TOO_LONG("field-too-long"),
  CONTROL_CHARACTERS("control-characters"),
  FIELD_COUNT("field-count"),
  MALFORMED_CSV("malformed-csv"),
  BAD_ENCODING("bad-encoding"),
  NOT_CONSTITUENT("not-constituent"),
  RENDER_FAILED("render-failed"),
  WRITE_FAILED("write-failed"),
  UNEXPECTED("unexpected-error");

  final String code;

  Reason(String code) {
    this.code = code;
  }
}
