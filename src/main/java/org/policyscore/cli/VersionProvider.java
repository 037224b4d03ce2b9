package org.policyscore.cli;

import org.policyscore.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it is never out of step with the build. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"policyscore " + ToolVersion.get(), "Java " + System.getProperty("java.version")};
  }
}
