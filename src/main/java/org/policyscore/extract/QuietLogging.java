package org.policyscore.extract;

/**
 * PDFBox, POI and Tika log through Log4j 2 and commons-logging, which with no backend print
 * warnings to the user's terminal. Unless the user configured logging, they go to the no-op
 * simple logger, level OFF. (TikaExtractor does the same for the DOCX path.)
 */
final class QuietLogging {
  private QuietLogging() {}

  static void ensure() {
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
      System.setProperty("log4j2.StatusLogger.level", "OFF");
    }
  }
}
