package org.policyscore;

/** The tool's version, from the jar's manifest; recorded in every archived snapshot. */
public final class ToolVersion {
  private ToolVersion() {}

  public static String get() {
    String v = ToolVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
