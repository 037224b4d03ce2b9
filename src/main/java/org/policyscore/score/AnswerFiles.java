package org.policyscore.score;

import java.io.IOException;
import java.nio.file.Path;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.io.CsvTable;

/** Reads answers from either layout the tool knows: our answers.csv or RDR's element file. */
public final class AnswerFiles {
  private AnswerFiles() {}

  /**
   * @param companyType the type of every company in an answers.csv (RDR's file names its own)
   */
  public static AnswerSet read(Path file, Catalog catalog, CompanyType companyType)
      throws InvalidInputException, IOException {
    CsvTable table = CsvTable.read(file);
    if (RdrElementCsv.isRdrElementFile(table)) {
      table.requireHeader(RdrElementCsv.HEADER);
      return RdrElementCsv.read(table, catalog);
    }
    AnswersCsv.requireHeader(table);
    return new AnswerSet(AnswersCsv.read(table, catalog), CompanyTypes.all(companyType));
  }
}
