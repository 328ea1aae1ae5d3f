package org.virtimpact.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.virtimpact.ui.start.RecentCampaigns;

/**
 * The workbench: the one executor all background work runs on, and the window, wired in
 * {@link WorkbenchWindow} and built again when the person picks another language or theme.
 */
public final class App extends Application {

    /** Room for a run, a summary and a load at the same time; more would only queue disk reads. */
    private static final int WORKERS = 3;
    private static final double MAX_WIDTH = 1600;
    private static final double MAX_HEIGHT = 1000;

    private final Optional<Path> campaignOverride;
    private final Optional<Path> recentFile;
    private final Optional<SettingsFile> settingsFile;
    /** Read in {@link #init()}, off the FX thread, before anything is built in its language. */
    private Settings settings = Settings.DEFAULTS;
    private Language language = Language.ENGLISH;
    private ExecutorService executor;
    /** One worker per host group of a campaign that runs its groups in parallel. */
    private ExecutorService groupWorkers;
    private WorkbenchWindow.Context context;
    private WorkbenchWindow window;
    private Scene scene;

    public App() {
        this(Optional.empty(), Optional.of(RecentCampaigns.defaultFile()));
    }

    /**
     * Opens {@code campaign} at start instead of looking for one; for tests and embedding, which
     * remember recent campaigns only until they close.
     */
    App(Optional<Path> campaignOverride) {
        this(campaignOverride, Optional.empty());
    }

    /** @param recentFile where recent campaigns are remembered; empty for nowhere */
    App(Optional<Path> campaignOverride, Optional<Path> recentFile) {
        this.campaignOverride = campaignOverride;
        this.recentFile = recentFile;
        // tests and embedding (no recent file) leave the person's settings alone too
        this.settingsFile = recentFile.map(f -> new SettingsFile(SettingsFile.defaultFile()));
    }

    @Override
    public void init() {
        Locale system = Locale.getDefault();
        settings = settingsFile.map(SettingsFile::read).orElse(Settings.DEFAULTS);
        language = settings.languageFor(system);
        if (settings.language().isPresent()) {
            // JavaFX's own words (OK, Cancel, the colour picker) follow the default locale
            Locale.setDefault(language.displayLocale());
        }
    }

    @Override
    public void start(Stage stage) {
        executor = Executors.newFixedThreadPool(WORKERS, workerThreads());
        groupWorkers = Executors.newCachedThreadPool(workerThreads());
        context = new WorkbenchWindow.Context(stage, executor, groupWorkers, recentFile, settingsFile);
        window = new WorkbenchWindow(context, settings, language, this::chosen);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(window.root(), Math.min(MAX_WIDTH, screen.getWidth()),
                Math.min(MAX_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.titleProperty().bind(window.titleProperty());
        stage.show();

        Path workingDir = Path.of("").toAbsolutePath();
        WorkbenchWindow first = window;
        new FxBackground(executor).submit(() -> new Startup(campaignOverride.or(() -> new CampaignLocator(workingDir)
                        .initial(Optional.ofNullable(System.getProperty(CampaignLocator.PROPERTY)))),
                        new AppIcons(workingDir).load()),
                startup -> {
                    stage.getIcons().setAll(startup.icons());
                    first.opened(startup.campaign());
                },
                first::startFailed);
    }

    /**
     * A language or theme was chosen in the View menu (and is being saved). The window is built
     * again in it at once, unless a run or an opening is under way: those would be cut short, so
     * the change waits for them to end.
     */
    private void chosen(Settings next) {
        Language nextLanguage = next.languageFor(Locale.getDefault());
        boolean changes = nextLanguage != language || next.theme() != settings.theme();
        settings = next;
        if (!changes) {
            return;
        }
        if (!window.busyBinding().get()) {
            rebuild(nextLanguage);
            return;
        }
        WorkbenchWindow waiting = window;
        waiting.status(waiting.texts().get("settings.afterRun"));
        waiting.busyBinding().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was,
                                Boolean busy) {
                if (!busy && window == waiting) {
                    obs.removeListener(this);
                    rebuild(settings.languageFor(Locale.getDefault()));
                }
            }
        });
    }

    private void rebuild(Language nextLanguage) {
        WorkbenchWindow.Carried carried = window.carried();
        window.dispose();
        // windows of the old one (Progress…) would go on speaking the old language
        Stage stage = context.stage();
        new ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage s && s.getOwner() == stage)
                .forEach(Window::hide);
        language = nextLanguage;
        // JavaFX's own words (OK, Cancel, the colour picker) follow the default locale
        Locale.setDefault(language.displayLocale());
        window = new WorkbenchWindow(context, settings, language, this::chosen);
        scene.setRoot(window.root());
        stage.titleProperty().bind(window.titleProperty());
        window.carry(carried, window.texts().get("settings.applied"));
    }

    private record Startup(Optional<Path> campaign, List<Image> icons) {
    }

    @Override
    public void stop() {
        if (window != null) {
            window.cancelRun();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (groupWorkers != null) {
            groupWorkers.shutdownNow();
        }
    }

    /** Daemon threads, so a benchmark that ignores its cancel can't keep the closed app alive. */
    private static ThreadFactory workerThreads() {
        ThreadFactory defaults = Executors.defaultThreadFactory();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = defaults.newThread(task);
            thread.setName("virtimpact-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
