package org.virtimpact.ui.targets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs a question on the FX thread and waits for its answer on the calling background thread: a
 * connection that needs a yes or a passphrase has to stop until the person has answered.
 */
final class FxWait {

    private FxWait() {
    }

    /** @param unanswered the answer when the wait is interrupted (the app is closing) */
    static <T> T answer(Supplier<T> question, T unanswered) {
        if (Platform.isFxApplicationThread()) {
            return question.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unanswered;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the question could not be shown: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}
