/** The two population indicators every track starts with (TRACKS.md, "Common to all tracks"). */
import type { IndicatorDefinition } from '../types';

export const COMMON_INDICATORS: IndicatorDefinition[] = [
  {
    name: 'population_pyramid',
    section: 'population',
    family: 'population_pyramid',
    title: { da: 'Befolkningen efter alder og køn', en: 'Population by age and sex' },
    definition: {
      da: 'Borgere med bopæl i området, i live på skæringsdatoen, efter 5-års aldersgruppe og køn.',
      en: 'Residents of the area alive at the reference date, by 5-year age group and sex.',
    },
    measure: 'count',
    unit: 'count',
    ages: { min: 0, max: 100 },
    requires: ['persons'],
    message: { da: 'Området har {value} borgere på skæringsdatoen', en: 'The area has {value} residents at the reference date' },
  },
  {
    name: 'population_social',
    section: 'population',
    family: 'population_social',
    title: { da: 'Befolkningen 30-64 år efter social position', en: 'Population aged 30-64 by social position' },
    definition: {
      da: 'Fordelingen af borgere 30-64 år efter uddannelse, tilknytning til arbejdsmarkedet og herkomst.',
      en: 'Distribution of residents aged 30-64 by education, labour-market attachment and origin.',
    },
    measure: 'proportion',
    unit: 'pct',
    ages: { min: 30, max: 64 },
    requires: ['persons'],
    message: { da: 'Blandt borgere 30-64 år har {value} grundskole som højeste uddannelse', en: 'Among residents aged 30-64, {value} have primary school as their highest education' },
  },
];
