import { statements } from '/work/wt/s33-recall/test/detect/quotes.fixture.ts';
const sentences = `The coastguard said two fishermen were still missing after the storm.
Firefighters said the blaze had spread to three warehouses overnight.
Rescuers said they had pulled 14 people from the rubble.
Paramedics said the injured were taken to the regional hospital.
Engineers said the bridge would stay closed until the spring.
Crew members said the engine room had flooded within minutes.
Passengers said the ferry listed sharply before it stopped.
Fishermen said the catch had fallen by half this year.
Tribal elders said the vote should be postponed.
Clerics said the mosques would stay open during the curfew.
Imams said the prayers would go ahead as planned.
Monks said the monastery had been damaged by shelling.
The Freedonian coastguard said it had rescued 40 migrants.
The fire service said the building was unsafe.
The electoral commission said turnout had reached 62 percent.
The health ministry's spokesperson said 12 new cases had been confirmed.
The port authority said the terminal would reopen on Friday.
The harbour master said no ships would leave before dawn.
The harbourmaster said the channel was blocked.
The stock exchange said trading would resume at noon.
The regulator said the merger would harm consumers.
The tribunal said the appeal had no merit.
The prosecutor's office said charges would be filed next week.
The observatory said the quake measured 6.1.
Rights groups said at least 30 protesters had been detained.
Aid agencies said food stocks would run out within a month.
Relief workers said the camps were overcrowded.
Monitors said the election had been marred by irregularities.
Election monitors said the count was orderly.
A captain aboard the tanker said the vessel had been hit twice.
A teacher in the town said classes had been cancelled.
A crew member on the ship said the fire was out.
A Sylvanian officer aboard the destroyer said the missile was intercepted.
Berg put the cost of the damage at about 3 billion euros.
The central bank warned of a sharp slowdown next year.
The ministry put the death toll at 42.
The agency gave the figure as 1,200 displaced.
Insurers estimated the damage at 2 billion dollars.
The Sylvanian owner of the Marsh Star, Kowal Rederi, said the crew were safe.
The football association said the match would be replayed.
The health agency said the outbreak was under control.
The World Health Organization said the outbreak was under control.
The weather service said the storm would make landfall on Tuesday.
The meteorological office said more rain was expected.
The civil defence said 20 bodies had been recovered.
Civil defence workers said 20 bodies had been recovered.
Emergency services said the road was closed.
The emergency services said the road was closed.
Lifeboat crews said the search had been called off.
Doctors at the hospital said the child was stable.
A nurse at the clinic said supplies were running low.
Shopkeepers said sales had collapsed since the blockade.
Dockworkers said they would strike on Monday.
Union leaders said the strike would go ahead.
The union said the strike would go ahead.
The court said the law was unconstitutional.
The judges said the evidence was insufficient.
Customs officials said the cargo had been seized.
Border guards said 300 people crossed overnight.
Police said the suspect had been arrested.
The referee said he had seen no foul.
The league said the club would be fined.
The governing body said the results stood.
A spokeswoman for the airline said flights would resume.
The shipping line said its vessels would avoid the strait.
The ship's master said the crew had abandoned the engine room.
Ship's officers said the cargo had shifted.
Villagers near the dam said the water was rising.
Farmers in the valley said their crops were lost.
Local officials said the death toll was likely to rise.
Hospital officials said 30 people had been treated.
Health workers said vaccines were running short.
Aid workers said the convoy had been stopped at the border.
The mayor's office said power had been restored.
The interior ministry said 200 people had been arrested.
Environmentalists said the spill would harm wildlife.
The watchdog said the company had broken the rules.
Auditors said the accounts were incomplete.
Pollsters said the race was too close to call.
Campaigners said the ruling was a victory.
The bank of the river said to be collapsing was closed.
The carrier said to be heading for the strait was spotted on Monday.
The survey said to be the largest ever found little change.
The fire said to have started in the kitchen destroyed the house.`.split('\n');
for (const s of sentences) {
  const ms = statements([s]);
  const out = ms.length ? ms.map((m) => `${m.speaker.name ?? ''}|${m.speaker.description}|${m.government}|${m.verb}`).join(' ;; ') : 'NONE';
  console.log(`${out.padEnd(60)}  <= ${s}`);
}
