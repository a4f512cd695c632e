/** Small but genuine file headers, enough for content sniffing, and pages to read. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'), Buffer.alloc(64), Buffer.from([0xff, 0xd9])]);
export const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(32)]);
export const AVIF = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif'), Buffer.alloc(4), Buffer.from('avifmif1miaf'), Buffer.alloc(32)]);
export const SVG = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** An article page whose body is `body`, declared (or not) with a `<meta charset>`. */
export function articlePage(body: string, metaCharset?: string): string {
  const meta = metaCharset ? `<meta charset="${metaCharset}">` : '';
  return `<!DOCTYPE html><html><head>${meta}<title>Story</title></head><body><article><p>${body}</p></article></body></html>`;
}

/** News prose in several languages: long enough for charset detection to recognise the language. */
export const PROSE = {
  ja: "東京の天気は今日、晴れのち曇りとなる見込みです。気象庁によると、午後から雲が広がり、夜には所により雨が降るでしょう。週末にかけては気温が下がり、冬らしい寒さになると予想されています。外出の際は暖かい服装でお出かけください。",
  ru: "Президент заявил, что переговоры прошли успешно. По его словам, стороны договорились продолжить консультации в ближайшее время. Эксперты считают, что это важный шаг к урегулированию конфликта, однако многие вопросы остаются открытыми. Министерство иностранных дел пока не прокомментировало эти сообщения.",
  el: "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη της οικονομίας. Σύμφωνα με τον υπουργό, τα μέτρα θα εφαρμοστούν από τον επόμενο μήνα και αφορούν κυρίως τις μικρές επιχειρήσεις. Η αντιπολίτευση επέκρινε τις αποφάσεις, λέγοντας ότι είναι ανεπαρκείς για τις ανάγκες της χώρας.",
  pl: "Rząd przedstawił dziś nowy plan dotyczący służby zdrowia. Według ministra zmiany wejdą w życie już w przyszłym roku, a pacjenci będą czekać krócej na wizytę u lekarza. Opozycja twierdzi jednak, że reforma jest źle przygotowana i zabraknie pieniędzy na jej wdrożenie. Związkowcy zapowiadają protesty przed Sejmem.",
  fr: "Le président a déclaré mercredi « sans détour » que les négociations avaient été très fructueuses. Selon lui, les deux parties se sont mises d'accord pour poursuivre les échanges dès la semaine prochaine. À Paris, les économistes estiment que cette décision aura des conséquences importantes sur le marché européen, même si l'incertitude demeure élevée : “un pari à 100 €”, dit-il — sans plus.",
  de: "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. Nach Angaben des Ministeriums sollen die Maßnahmen bereits im nächsten Jahr in Kraft treten. Kritiker bemängeln jedoch, dass die Pläne für die Bürger zu teuer (über 500 €) seien und die Industrie überfordern könnten. Die Opposition kündigte Widerstand im Bundestag an.",
};
