package dearrep.batch;

/** A row that cannot be turned into letters: reported in {@code errors.csv}, then skipped. */
final class RowProblem extends RuntimeException {

  final Reason reason;
  final String column;

  RowProblem(Reason reason, String column, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
    this.column = column == null ? "" : column;
  }
}
