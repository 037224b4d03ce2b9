package org.policyscore.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --base-url}: where a study's reports folder is published, for the change feed's links. */
final class FeedBase {
  static final String HELP = "Where reports/STUDY/ is published (e.g. https://example.org/cambodia/): the change feed "
      + "links its pages there. Default: file: links into this workspace.";

  private FeedBase() {}

  /** An absolute http(s) address ending in "/"; a usage error otherwise. */
  static URI parse(String url, CommandLine cmd) {
    try {
      URI u = new URI(url.endsWith("/") ? url : url + "/");
      if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
        throw new ParameterException(cmd,
            "--base-url must be an absolute http(s) address, such as https://example.org/cambodia/, not '" + url + "'");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new ParameterException(cmd, "--base-url is not a valid address: " + e.getMessage());
    }
  }
}
