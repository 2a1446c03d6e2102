import sprite from 'dkfds/dist/img/all-svg-icons.svg';

interface IconProps {
  name: string;
  className?: string;
  /** A label makes the icon meaningful to screen readers; without one it is hidden. */
  label?: string;
}

export function Icon({ name, className, label }: IconProps) {
  const classes = ['icon-svg', className].filter(Boolean).join(' ');
  if (label) {
    return (
      <svg className={classes} focusable="false" role="img" aria-label={label}>
        <use href={`${sprite}#${name}`} />
      </svg>
    );
  }
  return (
    <svg className={classes} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
