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
      if (RdrElementCsv.isRdrElementFile(csv)) {
        csv.requireHeader(RdrElementCsv.HEADER);
        List<AnswerRow> rows = new ArrayList<>();
        return new AnswerSet(rows, RdrElementCsv.read(csv, catalog, true, (row, type) -> rows.add(row)));
      }
    } catch (OutOfMemoryError e) {
      throw CsvTable.tooLarge(file);
    }
    return answersCsv(file, catalog, companyType);
  }

  /**
   * The scores of the answers in the file. RDR's element file is read row by row and never
   * held (the memory needed depends on its companies and indicators, not on its size); an
   * answers.csv is read whole, as every problem in it is reported at once and a row for every
   * service ({@code *}) stands for rows anywhere in the file.
   *
   * @param companyType the type of every company in an answers.csv (RDR's file names its own)
   * @param indicators as for {@link Aggregator#aggregate}
   */
  public static Aggregation aggregate(Path file, Catalog catalog, CompanyType companyType, ScoringMode mode,
      Collection<String> indicators) throws InvalidInputException, IOException {
    Aggregator aggregator = new Aggregator(catalog);
    try (CsvReader csv = CsvReader.open(file)) {
      if (RdrElementCsv.isRdrElementFile(csv)) {
        csv.requireHeader(RdrElementCsv.HEADER);
        Aggregator.Tally tally = aggregator.tally();
        // scores do not read RDR's comments, four fifths of the file: they are never decoded
        return tally.scores(RdrElementCsv.read(csv, catalog, false, tally::add), mode, indicators);
      }
    }
    return aggregator.aggregate(answersCsv(file, catalog, companyType), mode, indicators);
  }

  private static AnswerSet answersCsv(Path file, Catalog catalog, CompanyType companyType)
      throws InvalidInputException, IOException {
    return new AnswerSet(AnswersCsv.read(file, catalog), CompanyTypes.all(companyType));
  }
}
