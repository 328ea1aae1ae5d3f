package org.virtimpact.ui.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/** A tiny dd campaign on this machine: each repetition takes milliseconds. */
final class RunFixtures {

    static final BenchmarkCatalog CATALOG = BenchmarkCatalog.standard();
    /** The words the run pane shows, in each of the workbench's languages. */
    static final Texts ENGLISH = Texts.forLocale(Locale.ROOT);
    static final Texts PORTUGUESE = Texts.forLocale(Locale.forLanguageTag("pt-BR"));

    private RunFixtures() {
    }

    static OpenCampaign tinyDd(Path dir, Path scratch, int repetitions) throws CampaignException {
        return campaign(dir, scratch, "dd", repetitions);
    }

    static OpenCampaign campaign(Path dir, Path scratch, String benchmark, int repetitions)
            throws CampaignException {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("size", List.of("1M"));
        axes.put("block", List.of("512"));
        Campaign campaign = new Campaign("tiny", "", List.of(new Environment("this machine", "native", "local",
                Target.local(), scratch.toString(), "")), List.of(new BenchmarkSpec(benchmark, axes, Map.of())),
                new Settings(repetitions, 60));
        new CampaignStore().save(dir, campaign);
        return new OpenCampaign(dir, campaign);
    }

    static CampaignRunner localRunner() {
        return new CampaignRunner(env -> new LocalShell(), CATALOG, Clock.systemUTC());
    }

    /** Commands run on the FX thread, as a button would call them. */
    static void onFx(Runnable command) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(command));
    }

    /** Waits for the run to end and the FX thread to have shown how it ended. */
    static void awaitEnd(RunViewModel vm) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
