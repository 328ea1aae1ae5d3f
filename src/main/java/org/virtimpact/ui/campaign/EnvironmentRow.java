package org.virtimpact.ui.campaign;

import org.virtimpact.core.campaign.Environment;

/** One line of the environments table, already in the words the table shows. */
public record EnvironmentRow(String name, String mode, String connection, String scratchDir) {

    public static EnvironmentRow of(Environment env) {
        return new EnvironmentRow(env.name(), env.mode(), env.target().describe(), env.scratchDir());
    }
}
