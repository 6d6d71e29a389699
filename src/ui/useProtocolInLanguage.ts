/**
 * Keeps the protocol on screen in the reader's language: on each language or protocol change,
 * the shipped translation of the protocol (if any) is loaded and applied to the protocol as
 * loaded, never to one already translated. A user's own protocol stays as written.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultProtocolTranslations } from '../protocol/defaultProtocolTranslations';
import { localisedProtocol } from '../protocol/localisation/localisedProtocol';
import { useProtocolStore } from '../state/protocolStore';

export function useProtocolInLanguage(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const protocol = useProtocolStore((s) => s.protocol);
  const setShown = useProtocolStore((s) => s.setShown);
  useEffect(() => {
    let current = true;
    localisedProtocol(protocol, language, [defaultProtocolTranslations])
      .then((result) => {
        if (current) setShown(protocol, result.protocol, result.language);
      })
      // A translation chunk that cannot load leaves the protocol as written (still complete).
      .catch(() => {
        if (current) setShown(protocol, protocol, null);
      });
    return () => {
      current = false;
    };
  }, [protocol, language, setShown]);
}
