package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** A run brings new categories into a chart while someone has one chosen to write a note on. */
class ListEditsTest {

    private final ObservableList<String> list = FXCollections.observableArrayList("8M", "32M");
    private final List<String> changes = new ArrayList<>();

    ListEditsTest() {
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ")
                        + c.getFrom() + ".." + c.getTo());
            }
        });
    }

    @Test
    void newCategoriesAreInsertedWhereTheyBelong() {
        ListEdits.become(list, List.of("1M", "2M", "8M", "32M"));
        assertEquals(List.of("1M", "2M", "8M", "32M"), list);
        assertEquals(List.of("added 0..1", "added 1..2"), changes);
    }

    @Test
    void categoriesGoneAreRemovedAndTheRestStay() {
        ListEdits.become(list, List.of("32M", "64M"));
        assertEquals(List.of("32M", "64M"), list);
        assertEquals(List.of("removed 0..0", "added 1..2"), changes);
    }

    @Test
    void theSameContentChangesNothing() {
        ListEdits.become(list, List.of("8M", "32M"));
        assertEquals(List.of(), changes);
    }

    @Test
    void replaceLeavesEqualContentAloneAndSetsOtherContent() {
        ListEdits.replace(list, List.of("8M", "32M"));
        assertEquals(List.of(), changes, "equal content anew would rebuild a table's every cell");
        ListEdits.replace(list, List.of("8M", "64M"));
        assertEquals(List.of("8M", "64M"), list);
        assertEquals(List.of("replaced 0..2"), changes);
    }

    @Test
    void anotherOrderReplacesTheList() {
        ListEdits.become(list, List.of("32M", "8M"));
        assertEquals(List.of("32M", "8M"), list);
        assertEquals(List.of("replaced 0..2"), changes);
    }
}
