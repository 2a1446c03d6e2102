import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** DKFDS footer with the link to the accessibility statement. */
export function Footer() {
  const { t } = useTranslation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 footer-col">
              <section aria-labelledby="footer-heading">
                <h2 className="h5" id="footer-heading">
                  {t('layout.footerHeading')}
                </h2>
                <p>{t('layout.footerText')}</p>
                <ul className="unstyled-list inline-list">
                  <li>
                    <Link className="function-link" to="/tilgaengelighed">
                      {t('layout.accessibility')}
                    </Link>
                  </li>
                </ul>
              </section>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
