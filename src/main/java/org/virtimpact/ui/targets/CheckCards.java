package org.virtimpact.ui.targets;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.virtimpact.core.preflight.CheckStatus;
import org.virtimpact.ui.Texts;

/**
 * The checks that need attention (failed, or warned), one small card each, readable in the
 * narrow campaign pane: symbol, check and what was found, then what to do. The whole table is a
 * button away.
 */
final class CheckCards {

    private CheckCards() {
    }

    static List<Node> of(List<CheckLine> lines, Texts texts) {
        return lines.stream().filter(l -> l.status() == CheckStatus.FAILED || l.status() == CheckStatus.WARNING)
                .map(l -> card(l, texts)).toList();
    }

    private static Node card(CheckLine line, Texts texts) {
        Label title = new Label(line.symbol() + "  " + line.check() + " \u2014 " + line.table());
        title.getStyleClass().add("check-card-title");
        Label found = new Label(line.detail());
        found.setWrapText(true);
        found.getStyleClass().add("check-card-found");
        VBox card = new VBox(3, title, found);
        if (!line.fix().isEmpty()) {
            Label fix = new Label(texts.get("test.fix", line.fix()));
            fix.setWrapText(true);
            fix.getStyleClass().add("check-card-fix");
            card.getChildren().add(fix);
        }
        card.getStyleClass().addAll("check-card", "check-card-" + line.status().name());
        return card;
    }
}
