package dev.parley.domain.account;

import java.text.Normalizer;

/** A display name as shown to others: NFC, control characters removed, inner spaces collapsed. */
final class DisplayName {
  private DisplayName() {}

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String normalised = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return normalised.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
  }
}
