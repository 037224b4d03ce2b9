package org.policyscore.chart;

import java.awt.Color;
import java.util.Optional;
import org.policyscore.study.ServiceRole;

/**
 * A service as charts need it: its id, what it is (which decides its colour), and a colour of
 * its own where the study gives one.
 */
public record ChartService(String id, ServiceRole role, Optional<Color> colour) {}
