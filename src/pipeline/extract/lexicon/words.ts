/** Closed word lists used to reject junk candidates and to read clause structure. */

export const MONTHS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * Capitalized words that never start a name by themselves: function words, pronouns,
 * sentence-initial adverbs and common nouns. A capitalized run starting with one of these
 * loses that word.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'If', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'With',
  'Without', 'After', 'Before', 'During', 'While', 'When', 'Where', 'Why', 'How', 'What', 'Which', 'Who', 'Whom', 'Whose',
  'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'You', 'I', 'His', 'Her', 'Their', 'Our', 'My',
  'Your', 'Him', 'Them', 'Us', 'There', 'Here', 'Then', 'Now', 'Also', 'However', 'Meanwhile', 'Moreover', 'Furthermore',
  'Although', 'Though', 'Despite', 'Amid', 'Amidst', 'Among', 'Under', 'Over', 'Since', 'Until', 'As', 'Both', 'Each', 'Every',
  'All', 'Some', 'Many', 'Most', 'Few', 'Several', 'Other', 'Another', 'Such', 'No', 'Not', 'Only', 'Even', 'Still', 'Earlier',
  'Later', 'Days', 'Hours', 'Weeks', 'Months', 'Years', 'Today', 'Yesterday', 'Tomorrow', 'Together', 'Instead', 'Leaders',
  'Leader', 'Delegates', 'Officials', 'Lawmakers', 'Sitting', 'Appearing', 'Following', 'According', 'Including', 'Tens',
  'Hundreds', 'Thousands', 'Millions', 'Rescue', 'Aid', 'Appeals', 'Landslide', 'Summit', 'Alliance', 'Allied', 'Allies',
  'Eight', 'Seven', 'Six', 'Five', 'Four', 'Three', 'Two', 'One', 'Nine', 'Ten', 'First', 'Second', 'Third', 'Last', 'Next',
  'New', 'Former', 'Outgoing', 'Incoming', 'Acting', 'Twin', 'Small', 'Large', 'Big', 'Major', 'Western', 'Eastern',
  'Northern', 'Southern', 'Central', 'West', 'East', 'North', 'South', 'Global', 'World', 'Local', 'National', 'International',
  'Federal', 'State', 'Government', 'Ministers', 'Minister', 'President', 'Sanctions', 'Parliaments', 'Congress', 'Markets',
  'Stocks', 'Shares', 'Prices', 'Oil', 'Gold', 'Trade', 'Talks', 'Peace', 'Security', 'War', 'Fourteen', 'Eleven', 'Twelve',
  'Sources', 'Timeline', 'Updated', 'Europeans', 'Asians',
  'Americans', 'Africans', 'Analysts', 'Investors', 'Economists', 'Experts', 'Critics', 'Supporters', 'Protesters', 'Police',
  'Troops', 'Forces', 'Residents', 'Survivors', 'Workers', 'Employees', 'Shareholders', 'Voters', 'Citizens', 'People',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Yes', 'Oh', 'Well', 'Please', 'Thanks', 'Thank', 'Dear', 'Why', 'Whether', 'Unlike', 'Like',
  'Because', 'Once', 'Just', 'Almost', 'Nearly', 'About', 'Around', 'Above', 'Below', 'Between', 'Within', 'Into', 'Onto',
  'Upon', 'Against', 'Towards', 'Toward', 'Through', 'Throughout', 'Across', 'Beyond', 'Along', 'Alongside', 'Besides',
  'Except', 'Per', 'Via', 'Versus', 'Whereas', 'Otherwise', 'Nevertheless', 'Nonetheless', 'Thus', 'Therefore', 'Hence',
  'Indeed', 'Perhaps', 'Maybe', 'Overall', 'Finally', 'Initially', 'Previously', 'Currently', 'Recently', 'Shortly', 'Soon',
  'Again', 'Already', 'Always', 'Never', 'Often', 'Sometimes', 'Usually', 'Additionally', 'Separately', 'Elsewhere',
  'Ahead', 'Behind', 'Inside', 'Outside', 'Near', 'Off', 'Out', 'Up', 'Down', 'Back', 'Away', 'Home', 'Abroad', 'Week',
  'Month', 'Year', 'Day', 'Morning', 'Afternoon', 'Evening', 'Night', 'Noon', 'Midnight', 'Spring', 'Summer', 'Autumn',
  'Winter', 'Fall', 'Christmas', 'Easter', 'Quarter', 'Percent', 'Chief', 'Head', 'Secretary', 'Chairman', 'Spokesman',
  'Company', 'Group', 'Bank', 'Union', 'Council', 'Court', 'Committee', 'Agency', 'Ministry', 'Department', 'Office',
  'Administration', 'Board', 'Commission', 'Parliament', 'Assembly', 'Senate', 'House', 'Cabinet', 'Party', 'Army',
  'Republic', 'Kingdom', 'Empire', 'Dynasty', 'Era', 'Age', 'Century', 'Island', 'Islands', 'Hall', 'Palace', 'Square',
  'Museum', 'City', 'Province', 'Region', 'Zone', 'Crossing', 'Border', 'Base', 'Air', 'Agreement', 'Treaty', 'Accord',
  'Pact', 'Deal', 'Declaration', 'Plan', 'Policy', 'Protocol', 'Fund', 'Stock', 'Index', 'Exchange', 'Market',
  'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Asian', 'European', 'African', 'Arab', 'Latin', 'Pacific', 'Atlantic',
  'Nordic', 'Baltic', 'Mediterranean', 'Caribbean', 'Gulf', 'Islamic', 'Muslim', 'Christian', 'Jewish', 'Catholic', 'Buddhist',
  'Games', 'Olympics', 'Olympic', 'Paralympics', 'Democrats', 'Republicans', 'Democrat', 'Republican', 'Conservative', 'Conservatives', 'Labour', 'Liberal', 'Liberals',
]);

/** Words that, in a timeline entry, end the main clause: what follows is backdrop, not actors. */
export const BACKDROP_MARKERS: readonly RegExp[] = [
  /,?\s+(?:just\s+)?(?:hours|days|weeks|minutes)\s+(?:before|after)\b/,
  /,?\s+amid(?:st)?\b/,
  /,?\s+ahead of\b/,
  /,\s+(?:marking|signaling|signalling|heightening|underscoring|positioning|urging|describing|calling for|aiming|stating|saying|citing|raising|prompting|leaving|ending|creating|completing|removing|symbolizing|symbolising|highlighting|emphasizing|emphasising|noting|adding|pledging|warning|vowing that|following|which|who|where)\b/,
  /\s+as\s+(?:the\s+)?(?:death toll|tensions?|markets?)\b/,
  /\s+that will\b/,
  /\s+when\b/,
];
