import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';

interface QrScannerProps {
  /** Called with the text of each QR code read (the same code again only after a pause). */
  onCode: (text: string) => void;
}

const PROBLEM_KEYS = {
  insecure: 'checkIn.scanInsecure',
  unsupported: 'checkIn.scanUnsupported',
  denied: 'checkIn.scanDenied',
  failed: 'checkIn.scanFailed',
} as const;
type Problem = keyof typeof PROBLEM_KEYS;

/** How long the same QR code is ignored after it was read, so one ticket held still is posted once. */
const SAME_CODE_PAUSE_MS = 4000;
/** Frames are decoded this often (enough for a ticket held up; easy on a phone's battery). */
const DECODE_EVERY_MS = 150;

function cameraProblem(): Problem | null {
  if (!window.isSecureContext) return 'insecure';
  if (!navigator.mediaDevices?.getUserMedia) return 'unsupported';
  return null;
}

/**
 * "Scan QR-kode": opens the back camera (getUserMedia, which browsers allow only over HTTPS or on
 * localhost), draws frames on a canvas and decodes them with jsQR.
 */
export function QrScanner({ onCode }: QrScannerProps) {
  const { t } = useTranslation();
  const [on, setOn] = useState(false);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let last = { text: '', at: 0 };

    const tick = () => {
      const v = video.current;
      if (stopped || !v || !context) return;
      if (v.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && v.videoWidth > 0) {
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        context.drawImage(v, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        const now = Date.now();
        if (found?.data && (found.data !== last.text || now - last.at > SAME_CODE_PAUSE_MS)) {
          last = { text: found.data, at: now };
          onCodeRef.current(found.data);
        } else if (found?.data) {
          last.at = now;
        }
      }
      timer = window.setTimeout(tick, DECODE_EVERY_MS);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        if (stopped) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        stream = s;
        const v = video.current;
        if (!v) return;
        v.srcObject = s;
        await v.play().catch(() => undefined);
        setReady(true);
        tick();
      })
      .catch((err: unknown) => {
        if (stopped) return;
        const name = err instanceof DOMException ? err.name : '';
        setProblem(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'failed');
        setOn(false);
      });

    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      setReady(false);
    };
  }, [on]);

  const start = () => {
    const p = cameraProblem();
    setProblem(p);
    if (!p) setOn(true);
  };

  return (
    <div className="aktion-scanner">
      <div aria-live="polite">
        {problem && (
          <Alert variant="warning" quiet>
            <p>{t(PROBLEM_KEYS[problem])}</p>
          </Alert>
        )}
      </div>
      {on ? (
        <>
          <p>{ready ? t('checkIn.scanHelp') : t('checkIn.scanStarting')}</p>
          <video
            ref={video}
            className="aktion-scanner-video"
            muted
            playsInline
            aria-label={t('checkIn.video')}
          />
          <button type="button" className="button button-secondary mt-4" onClick={() => setOn(false)}>
            {t('checkIn.stopScan')}
          </button>
        </>
      ) : (
        <button type="button" className="button button-primary aktion-big-button" onClick={start}>
          <Icon name="photo-camera" />
          {t('checkIn.scan')}
        </button>
      )}
    </div>
  );
}
