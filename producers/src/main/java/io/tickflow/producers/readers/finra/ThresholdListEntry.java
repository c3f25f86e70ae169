package io.tickflow.producers.readers.finra;

/**
 * One row of a Nasdaq Reg SHO threshold list ({@code nasdaqthYYYYMMDD.txt}): a security with persistent
 * fails to deliver, on which Reg SHO Rule 203(b)(3) imposes close-out duties. No topic carries it yet;
 * the reader exists so that these files are validated like every other source.
 *
 * @param symbol          canonical ticker
 * @param securityName    name as Nasdaq writes it
 * @param marketCategory  Nasdaq market category code
 * @param thresholdFlag   true when the Reg SHO threshold flag is {@code Y}
 * @param rule3210        true when the Rule 3210 flag is {@code Y}
 */
public record ThresholdListEntry(String symbol, String securityName, String marketCategory,
                                 boolean thresholdFlag, boolean rule3210) {
}
