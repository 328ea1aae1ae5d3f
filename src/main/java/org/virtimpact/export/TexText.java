package org.virtimpact.export;

/**
 * Text for LaTeX: the ten special characters escaped, and the few typographic characters our
 * labels use written the TeX way, so a label like "50% of RAM_max" compiles as it reads.
 */
final class TexText {

    private TexText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\\' -> "\\textbackslash{}";
                case '&', '%', '$', '#', '_', '{', '}' -> "\\" + c;
                case '~' -> "\\textasciitilde{}";
                case '^' -> "\\textasciicircum{}";
                case '<' -> "\\textless{}";
                case '>' -> "\\textgreater{}";
                case '—' -> "---";
                case '–' -> "--";
                case '±' -> "$\\pm$";
                case '×' -> "$\\times$";
                case '…' -> "\\ldots{}";
                case 'µ', 'μ' -> "\\textmu{}";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
