package org.virtimpact.core.bench.netperf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * Reads any netperf TCP_STREAM or UDP_STREAM output a researcher may hold: 2.4's and 2.7's
 * default table (with or without headers, -v 0 to 2, CPU columns), and 2.5+'s -o, -O and -k
 * selectors. Both streams are read as one text, since netperf writes its complaints to either
 * and a saved log usually holds both.
 */
final class NetperfOutputParser {

    private static final Pattern STREAM_BANNER = Pattern.compile("^(?:MIGRATED )?(TCP|UDP) STREAM TEST\\b");
    private static final Pattern UDP_24_BANNER = Pattern.compile("^UDP UNIDIRECTIONAL SEND TEST\\b");
    private static final Pattern OTHER_BANNER = Pattern.compile("^(?:MIGRATED )?([A-Z][A-Z0-9/_ -]*?) TEST\\b.* from ");
    /** netperf 2.4 given 2.5+'s -o says so and carries on with its default table. */
    private static final Pattern IGNORED_OPTION = Pattern.compile(".*netperf: invalid option -- .*");

    NetperfReading read(CommandResult result) throws OutputParseException {
        List<Line> lines = numbered(result.stdout() + (result.stderr().isEmpty() ? "" : "\n" + result.stderr()));
        Optional<String> failure = NetperfErrors.find(lines.stream().map(Line::text).toList());
        if (failure.isPresent()) {
            throw new OutputParseException(failure.get());
        }
        int banner = banner(lines);
        Optional<NetperfTest> named = banner < 0 ? Optional.empty() : bannerTest(lines.get(banner));
        List<Line> content = lines.subList(banner + 1, lines.size()).stream()
                .filter(l -> !IGNORED_OPTION.matcher(l.text()).matches()).toList();
        NetperfReading reading = readContent(content, named, result, lines);
        if (!result.succeeded()) {
            throw new OutputParseException("netperf exited with status " + result.exitCode() + lastLine(lines));
        }
        return reading;
    }

    private static NetperfReading readContent(List<Line> content, Optional<NetperfTest> named, CommandResult result,
                                              List<Line> lines) throws OutputParseException {
        Optional<Map<SelectorOutput.Field, SelectorOutput.Value>> selected = SelectorOutput.keyValues(content);
        if (selected.isEmpty()) {
            selected = SelectorOutput.csv(content);
        }
        if (selected.isPresent()) {
            return SelectorOutput.reading(selected.get(), named);
        }
        if (ClassicOutput.recognises(content)) {
            return ClassicOutput.read(content, named);
        }
        selected = SelectorOutput.columns(content);
        if (selected.isPresent()) {
            return SelectorOutput.reading(selected.get(), named);
        }
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new OutputParseException("netperf printed nothing" + (result.succeeded() ? ""
                    : " and exited with status " + result.exitCode()));
        }
        throw new OutputParseException(result.succeeded()
                ? "no netperf TCP_STREAM or UDP_STREAM result found; the output begins with '"
                        + lines.stream().filter(l -> !l.text().isBlank()).findFirst().map(l -> l.text().strip())
                        .orElse("") + "'"
                : "netperf exited with status " + result.exitCode() + lastLine(lines));
    }

    /** The index of netperf's "… TEST from …" line, or -1 when -P 0 left it out. */
    private static int banner(List<Line> lines) throws OutputParseException {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (STREAM_BANNER.matcher(text).find() || UDP_24_BANNER.matcher(text).find()) {
                return i;
            }
            Matcher other = OTHER_BANNER.matcher(text);
            if (other.find()) {
                throw new OutputParseException("line " + lines.get(i).number() + " is netperf's " + other.group(1)
                        + " test; VirtImpact reads TCP_STREAM and UDP_STREAM results only");
            }
        }
        return -1;
    }

    private static Optional<NetperfTest> bannerTest(Line line) {
        Matcher m = STREAM_BANNER.matcher(line.text());
        return m.find() ? NetperfTest.fromProtocol(m.group(1)) : Optional.of(NetperfTest.UDP_STREAM);
    }

    private static List<Line> numbered(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i]));
        }
        return lines;
    }

    private static String lastLine(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).text().isBlank()) {
                return ": " + lines.get(i).text().strip();
            }
        }
        return "";
    }
}
