package io.qualgraph.tools.seed;

import java.math.BigInteger;
import java.util.List;

/** LEI-shaped identifiers (ISO 17442: 18 characters and two ISO 7064 MOD 97-10 check digits). */
final class Lei {

    private static final List<String> ISSUERS = List.of("5299", "2138", "5493", "8156", "9695", "3912", "7245");
    private static final String CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Lei() {
    }

    static String next(Rand rand) {
        StringBuilder base = new StringBuilder(rand.pick(ISSUERS)).append("00");
        while (base.length() < 18) {
            base.append(CHARS.charAt((int) rand.below(CHARS.length())));
        }
        int check = 98 - numeric(base + "00").mod(NINETY_SEVEN).intValue();
        return base + String.format("%02d", check);
    }

    static boolean valid(String lei) {
        return lei.length() == 20 && numeric(lei).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static BigInteger numeric(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString());
    }
}
