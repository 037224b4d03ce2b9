package org.policyscore.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its first bytes and its name, for servers that do not say and files
 * imported by hand. Uses tika-core's magic numbers only: loading the full parser set would wake
 * up libraries that complain about logging on the user's terminal.
 */
public final class ContentTypes {
  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  private ContentTypes() {}

  public static String detect(byte[] bytes, String name) {
    Metadata metadata = new Metadata();
    if (name != null && !name.isBlank()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    try {
      MediaType type = TYPES.detect(new ByteArrayInputStream(bytes), metadata);
      return type.toString();
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }
}
