package dev.moneytrail.simulator.typology;

import dev.moneytrail.schemas.interchange.CaseLabel;

/** A planted case: its label (ground truth) and what was planted. */
public record PlantedCase(TypologyName typology, CaseLabel label) {}
