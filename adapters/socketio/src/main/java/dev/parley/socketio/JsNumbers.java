package dev.parley.socketio;

import java.math.BigDecimal;

/**
 * Formats a double the way JavaScript's {@code JSON.stringify} does, so re-encoded numbers match
 * the reference server byte for byte ({@code 1} not {@code 1.0}, {@code 1e-7} not {@code 1.0E-7}).
 */
final class JsNumbers {
  private JsNumbers() {}

  static String format(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    String digits = decimal.unscaledValue().abs().toString();
    int k = digits.length();
    int n = k - decimal.scale();
    StringBuilder out = new StringBuilder(k + 8);
    if (value < 0) {
      out.append('-');
    }
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      int exponent = n - 1;
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    }
    return out.toString();
  }
}
