import Link from 'next/link'

/** Where the page sits on the site: the click path an assessor follows. */
export function Breadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  return (
    <nav className="breadcrumbs" aria-label="เส้นทางของหน้า">
      <ol>
        <li>
          <Link href="/">หน้าแรก</Link>
        </li>
        {trail.map((step, i) => (
          <li key={i}>
            {step.href ? <Link href={step.href}>{step.label}</Link> : <span aria-current="page">{step.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}
