package org.policyscore.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.io.CsvReader;
import org.policyscore.io.CsvTable;

/** Reads answers from either layout the tool knows: our answers.csv or RDR's element file. */
public final class AnswerFiles {
  private AnswerFiles() {}

  /**
   * All the answers of the file, held in memory.
   *
   * @param companyType the type of every company in an answers.csv (RDR's file names its own)
   */
  public static AnswerSet read(Path file, Catalog catalog, CompanyType companyType)
      throws InvalidInputException, IOException {
    CsvTable.requireWholeReadable(file);
    try (CsvReader csv = CsvReader.open(file)) {
      List<AnswerRow> rows = new ArrayList<>();
      return new AnswerSet(rows, read(csv, catalog, companyType, true, (row, type) -> rows.add(row)));
    } catch (OutOfMemoryError e) {
      throw CsvTable.tooLarge(file);
    }
  }

  /**
   * The scores of the answers in the file, read row by row and never held: the memory needed
   * depends on the companies and indicators, not on the size of the file.
   *
   * @param companyType the type of every company in an answers.csv (RDR's file names its own)
   * @param indicators as for {@link Aggregator#aggregate}
   */
  public static Aggregation aggregate(Path file, Catalog catalog, CompanyType companyType, ScoringMode mode,
      Collection<String> indicators) throws InvalidInputException, IOException {
    Aggregator.Tally tally = new Aggregator(catalog).tally();
    try (CsvReader csv = CsvReader.open(file)) {
      return tally.scores(read(csv, catalog, companyType, false, tally::add), mode, indicators);
    }
  }

  /** @param comments whether RDR's comments are wanted (answers.csv rows always have theirs) */
  private static CompanyTypes read(CsvReader csv, Catalog catalog, CompanyType companyType, boolean comments,
      java.util.function.BiConsumer<AnswerRow, CompanyType> sink) throws InvalidInputException, IOException {
    if (RdrElementCsv.isRdrElementFile(csv)) {
      csv.requireHeader(RdrElementCsv.HEADER);
      return RdrElementCsv.read(csv, catalog, comments, sink);
    }
    csv.requireHeader(AnswerRow.HEADER);
    AnswersCsv.read(csv, catalog, row -> sink.accept(row, companyType));
    return CompanyTypes.all(companyType);
  }
}
