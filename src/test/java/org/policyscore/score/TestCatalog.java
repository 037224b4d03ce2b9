package org.policyscore.score;

import java.nio.file.Path;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;

/** The project's RDR 2020 catalogue, loaded once for the scoring tests. */
final class TestCatalog {
  private static Catalog rdr2020;

  private TestCatalog() {}

  static synchronized Catalog rdr2020() {
    if (rdr2020 == null) {
      try {
        rdr2020 = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
      } catch (InvalidInputException e) {
        throw new IllegalStateException(e);
      }
    }
    return rdr2020;
  }
}
