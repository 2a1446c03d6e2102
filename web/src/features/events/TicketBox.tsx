import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The ticket: the QR code of the token and the short code in large letters. */
export function TicketBox({ ticket }: { ticket: { token: string; code: string } }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(ticket.token, { width: 240, margin: 4, errorCorrectionLevel: 'M' })
      .then((url) => !cancelled && setSrc(url))
      .catch(() => !cancelled && setSrc(null));
    return () => {
      cancelled = true;
    };
  }, [ticket.token]);
  return (
    <div className="aktion-ticket">
      <p>{t('manage.ticketHelp')}</p>
      <div className="aktion-ticket-body">
        {src && <img className="aktion-qr" src={src} alt={t('manage.qrAlt')} width={240} height={240} />}
        <p className="aktion-ticket-code">
          <span className="aktion-line">{t('manage.code')}</span>
          <strong lang="en" translate="no">
            {ticket.code}
          </strong>
        </p>
      </div>
    </div>
  );
}
